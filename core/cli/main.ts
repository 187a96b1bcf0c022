/** Entry point of the `ehcqa` command: dispatches to one module per command. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    default:
      process.stderr.write('usage: ehcqa <audit|serve|auditor|exercise|form|agreement|export> ...\n');
      return 2;
  }
}
