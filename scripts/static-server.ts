/**
 * A small static file server on 127.0.0.1 for the demo (npm start), the browser tests and the
 * page benchmark. Mounts: URL prefix → directory. Never serves outside a mounted directory.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

async function isFolder(table: readonly (readonly [string, string])[], path: string): Promise<boolean> {
  const mount = table.find(([prefix]) => path.startsWith(prefix));
  if (!mount) return false;
  const file = normalize(join(mount[1], path.slice(mount[0].length)));
  if (file !== mount[1] && !file.startsWith(mount[1] + sep)) return false;
  return stat(file).then((s) => s.isDirectory(), () => false);
}

export async function startStaticServer(mounts: Record<string, string>, port = 0): Promise<StaticServer> {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, resolve(dir)] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      const path = decodeURIComponent(url.pathname);
      // a folder asked for without its trailing slash (as Gloss files a page's address) is sent
      // on to it, as web servers do
      if (!path.endsWith('/') && (table.some(([prefix]) => prefix === `${path}/`) || (await isFolder(table, path)))) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      const mount = table.find(([prefix]) => path.startsWith(prefix));
      if (!mount) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      const [prefix, dir] = mount;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch (e) {
      const notFound = (e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR';
      res.writeHead(notFound ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(notFound ? 'not found' : 'server error');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    server,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
