/** Rule switches from a config file and from the command line, merged: the command line wins. */

export interface RuleSwitches {
  enable: string[];
  disable: string[];
}

/** --enable undoes a config "off", and --disable an "on". */
export function mergeSwitches(config: RuleSwitches, cli: Partial<RuleSwitches>): RuleSwitches {
  const cliEnable = cli.enable ?? [];
  const cliDisable = cli.disable ?? [];
  return {
    enable: [...new Set([...config.enable.filter((id) => !cliDisable.includes(id)), ...cliEnable])],
    disable: [...new Set([...config.disable.filter((id) => !cliEnable.includes(id)), ...cliDisable])],
  };
}
