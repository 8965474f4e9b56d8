/**
 * `gloss`: the spotting engine and the pack validator on the command line.
 *
 *   gloss spot FILE... [--pack PACK]... [--json] [--lang TAG] [--no-default]
 *   gloss pack validate PACK
 *
 * Exit codes: 0 ok; 1 invalid input (unreadable file, bad pack, bad arguments), with one line
 * naming the file; 2 an internal error (a bug), also one line, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { spotCommand } from './spot.ts';
import { validateCommand } from './validate.ts';
import { UsageError, type Output } from './output.ts';

export const USAGE = `Usage:
  gloss spot FILE... [--pack PACK]... [--json] [--lang TAG] [--no-default]
      Spot people, organisations and places in .html/.txt files with the default pack
      (plus any --pack file or folder). --json prints {"files":[{"file","mentions":[…]}]}.
  gloss pack validate PACK
      Check a pack file or folder; exit 1 with the errors if it is invalid.`;

// a closed pipe (gloss spot … | head) is not an error
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const stdout: Output = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

export async function main(argv: string[], io: Output = stdout): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return command ? 0 : 1;
    }
    if (command === 'spot') {
      const { values, positionals } = parse(rest, {
        pack: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        'no-default': { type: 'boolean' },
      });
      return await spotCommand(
        positionals,
        {
          packs: (values.pack as string[] | undefined) ?? [],
          json: Boolean(values.json),
          lang: values.lang as string | undefined,
          useDefault: !values['no-default'],
        },
        io,
      );
    }
    if (command === 'pack') {
      const { positionals } = parse(rest, {});
      const [verb, ...files] = positionals;
      if (verb !== 'validate') throw new UsageError(`gloss pack: unknown action "${verb ?? ''}"; use "gloss pack validate PACK"`);
      if (files.length !== 1) throw new UsageError('gloss pack validate: give exactly one pack file or folder');
      return await validateCommand(files[0]!, io);
    }
    throw new UsageError(`gloss: unknown command "${command}"; run "gloss help"`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 1;
    }
    io.err(`gloss: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

function parse(args: string[], options: ParseArgsConfig['options']): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const r = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: r.values as Record<string, unknown>, positionals: r.positionals };
  } catch (e) {
    throw new UsageError(`gloss: ${(e as Error).message.split('\n')[0]}`);
  }
}
