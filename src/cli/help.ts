/**
 * Help that reads well. Commander shows every option's default, but `false` for a flag
 * and `[]` for a list tell a user nothing (the flag is off, the list is empty), so those
 * are left out; the others stay as the options describe them.
 */
import { Help, type HelpConfiguration, type Option } from 'commander';

export const READABLE_HELP: HelpConfiguration = {
  optionDescription(this: Help, option: Option): string {
    const value: unknown = option.defaultValue;
    const saysNothing = value === false || (Array.isArray(value) && value.length === 0);
    // The option as it is, but with no default for commander to show.
    const shown = saysNothing ? (Object.create(option, { defaultValue: { value: undefined } }) as Option) : option;
    return Help.prototype.optionDescription.call(this, shown);
  },
};
