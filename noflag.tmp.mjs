const { main } = await import('./dist/cli/main.js');
await main(process.argv);
