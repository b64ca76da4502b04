// A static server for storybook-static/ on 127.0.0.1 that puts the probe (probe.js) first in iframe.html's <head>,
// so it runs before Storybook in every engine, including WebKit, whose driver cannot add scripts to a page.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const probePath = fileURLToPath(new URL('probe.js', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves `root`; resolves to `{ origin, close() }`. */
export async function serve(root) {
  const base = resolve(root);
  const iframe = readFileSync(join(base, 'iframe.html'), 'utf8');
  if (!iframe.includes('<head>')) throw new Error(`${root}/iframe.html has no <head> to put the probe in`);
  const page = iframe.replace('<head>', '<head><script src="/__engines/probe.js"></script>');
  const probe = readFileSync(probePath);

  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    if (pathname === '/__engines/probe.js') {
      res.writeHead(200, { 'content-type': types['.js'], 'cache-control': 'no-store' }).end(probe);
      return;
    }
    if (pathname === '/iframe.html') {
      res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' }).end(page);
      return;
    }
    let file = join(base, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok(undefined));
      }),
  };
}
