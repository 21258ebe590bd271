/**
 * Runs an eval command when its module is the process's entry point: prints what it wrote and
 * sets the exit code; an unexpected error prints its stack and exits 2.
 */
import path from "node:path";

export interface CommandOutput {
  stdout: string;
  stderr: string;
  code: number;
}

export function runIfMain(moduleFile: string, run: (argv: string[]) => Promise<CommandOutput>): void {
  const entry = process.argv[1];
  if (entry === undefined || path.resolve(entry) !== path.resolve(moduleFile)) return;
  run(process.argv.slice(2)).then(
    (out) => {
      process.stderr.write(out.stderr);
      process.stdout.write(out.stdout);
      process.exitCode = out.code;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
