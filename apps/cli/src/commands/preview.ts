import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { defaultTemplatesDir } from '@rolekit/templates';
import { watch } from 'chokidar';
import sirv from 'sirv';
import { UsageError } from '../conventions.js';
import { Exit, type Io } from '../io.js';
import { generate } from './generate.js';

export interface PreviewOptions {
  model: string;
  port: number;
  host: string;
  templates?: string;
  option?: string[];
  /** Where `rolekit generate` wrote the other generators: the site's download links are served from it. */
  out: string;
  /** The generator previewed; `site` (tests may preview another generator's HTML). */
  generator?: string;
  /** Open the served URL in the user's browser once the first build is served. */
  open?: boolean;
}

export interface Preview {
  /** The site's home page. */
  url: string;
  /** Resolves after the next build that a file change started, with whether it succeeded. */
  nextBuild(): Promise<boolean>;
  close(): Promise<void>;
}

const CLIENT_PATH = '/__rolekit/preview.js';
const EVENTS_PATH = '/__rolekit/events';

// The page's side of live reload: reload when a newer build is out, show the problems of a build
// that failed over the last good page. Served only by the preview; generated files never hold it.
const CLIENT = `(() => {
  const me = document.currentScript && new URL(document.currentScript.src).searchParams.get('build');
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  let box;
  events.addEventListener('build', (e) => {
    if (e.data !== me) location.reload();
    else if (box) box.remove();
  });
  events.addEventListener('problems', (e) => {
    if (!box) {
      box = document.createElement('div');
      box.id = 'rolekit-preview-problems';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:2147483647;' +
        'margin:0;padding:1rem;background:#fff4f4;color:#5c0000;border-top:4px solid #b00020;font:14px/1.4 monospace';
      document.body.append(box);
    }
    const heading = document.createElement('strong');
    heading.textContent = 'The model has problems; this is the last good version of the page. Fix and save to reload.';
    const text = document.createElement('pre');
    text.style.whiteSpace = 'pre-wrap';
    text.textContent = JSON.parse(e.data);
    box.replaceChildren(heading, text);
  });
})();
`;

/** The preview's script tag, just before </body> (or at the end of a page without one). */
export function injectClient(html: string, build: number): string {
  const tag = `<script src="${CLIENT_PATH}?build=${build}"></script>`;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? `${html}${tag}` : `${html.slice(0, at)}${tag}${html.slice(at)}`;
}

/**
 * Builds the site into a private folder, serves it on `host:port`, and builds it again when a file
 * of the model or of the templates changes; open pages reload themselves after a good build and show
 * the problems of a bad one (the last good site stays served). Resolves once the first build is
 * served; a first build that fails is an error (exit 1), as for `rolekit generate`.
 */
export async function startPreview(io: Io, options: PreviewOptions): Promise<Preview> {
  const generator = options.generator ?? 'site';
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not '${options.port}'`);
  const dir = await mkdtemp(join(tmpdir(), 'rolekit-preview-'));
  const modelDir = resolve(io.cwd, options.model);
  const userTemplates = options.templates ? resolve(io.cwd, options.templates) : undefined;

  let build = 0;
  let problems: string | undefined;
  const clients = new Set<ServerResponse>();
  const send = (event: string, data: string) => {
    for (const res of clients) res.write(`event: ${event}\ndata: ${data}\n\n`);
  };

  /** One build into the private folder; false (and the problems printed and sent) when it failed. */
  const runBuild = async (): Promise<boolean> => {
    let printed = '';
    const capture: Io = {
      ...io,
      isTTY: false,
      stdout: (t) => {
        printed += t;
      },
      stderr: (t) => {
        printed += t;
      },
    };
    let code: number;
    try {
      code = await generate(capture, [generator], {
        model: options.model,
        out: dir,
        check: false,
        ...(options.templates ? { templates: options.templates } : {}),
        ...(options.option ? { option: options.option } : {}),
        cache: false,
      });
    } catch (error) {
      if (error instanceof Exit) code = error.code;
      else if (error instanceof UsageError || (error as NodeJS.ErrnoException).code) {
        printed += `error: ${(error as Error).message}\n`;
        code = 1;
      } else throw error;
    }
    if (code === 0) {
      build++;
      problems = undefined;
      io.stdout(printed);
      send('build', String(build));
      return true;
    }
    problems = printed;
    io.stderr(printed);
    if (build > 0) io.stderr('preview: still serving the last good site; fix the model and save\n');
    send('problems', JSON.stringify(printed));
    return false;
  };

  if (!(await runBuild())) {
    await rm(dir, { recursive: true, force: true });
    throw new Exit(1);
  }

  const files = sirv(dir, { dev: true, dotfiles: false });
  const downloads = sirv(resolve(io.cwd, options.out), { dev: true, dotfiles: false });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://preview');
    if (url.pathname === EVENTS_PATH) {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(`event: build\ndata: ${build}\n\n`);
      if (problems !== undefined) res.write(`event: problems\ndata: ${JSON.stringify(problems)}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname === CLIENT_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(CLIENT);
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(302, { location: `/${generator}/` });
      res.end();
      return;
    }
    // HTML pages get the reload script on the way out; every other file is served as it is.
    const html = await htmlFile(dir, url.pathname);
    if (html) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(injectClient(await readFile(html, 'utf8'), build));
      return;
    }
    files(req, res, () =>
      downloads(req, res, () => {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(
          `Not found: ${url.pathname}\nDownloads (PDF, CSV) come from ${options.out}/: run rolekit generate to build them.\n`,
        );
      }),
    );
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`preview: ${error.message}\n`);
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new UsageError(`port ${options.port} is in use: choose another with --port (0 picks a free one)`)
          : error,
      ),
    );
    server.listen(options.port, options.host, ok);
  }).catch(async (error) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  // Changes come in bursts (an editor writes a temporary file, then renames): one build per burst,
  // and never two at once.
  // A waiter is answered by the first build that started after it asked, so it sees what was saved before.
  const waiting: Array<{ after: number; resolve: (ok: boolean) => void }> = [];
  let started = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const rebuild = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        const number = ++started;
        const ok = await runBuild();
        for (const waiter of waiting.filter((w) => w.after < number)) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve(ok);
        }
      } while (again);
    })().finally(() => {
      running = undefined;
    });
  };
  const watched = [modelDir, ...(userTemplates ? [userTemplates] : [])];
  // The default templates too, when they are files someone edits (this repository), not a package.
  if (!defaultTemplatesDir.split(sep).includes('node_modules'))
    watched.push(join(defaultTemplatesDir, generator));
  const watcher = watch(watched, { ignoreInitial: true, ignored: (path) => /(^|[/\\])\.[^/\\]/.test(path) });
  watcher.on('all', (_event, path) => {
    io.stdout(`preview: ${relative(io.cwd, path) || path} changed, building again\n`);
    clearTimeout(timer);
    timer = setTimeout(rebuild, 80);
  });
  await new Promise<void>((ok) => watcher.once('ready', () => ok()));

  return {
    url: `http://${host}:${port}/${generator}/`,
    nextBuild: () => new Promise<boolean>((ok) => waiting.push({ after: started, resolve: ok })),
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
      for (const res of clients) res.end();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await running;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The .html file a path names inside `root` (a folder means its index.html), if there is one. */
async function htmlFile(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  let file = resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (decoded.endsWith('/')) file = join(file, 'index.html');
  if (!file.endsWith('.html')) return undefined;
  try {
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** `rolekit preview`: serves until interrupted (Ctrl-C), then cleans up and exits 0. */
export async function preview(io: Io, options: PreviewOptions): Promise<number> {
  const running = await startPreview(io, options);
  io.stdout(`preview: serving ${running.url} (Ctrl-C to stop)\n`);
  if (options.host !== '127.0.0.1' && options.host !== 'localhost' && options.host !== '::1')
    io.stderr(`preview: listening on ${options.host}: anyone who can reach this machine can read the site\n`);
  if (options.open) await openBrowser(io, running.url);
  await new Promise<void>((ok) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      ok();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  return 0;
}

/**
 * Opens `url` in the user's browser with `open` (the system's opener: xdg-open, macOS open, Windows
 * start), or in the program $BROWSER names, as many command-line tools do. A browser that cannot be
 * started is not fatal: the preview goes on serving and says where to go.
 */
export async function openBrowser(io: Io, url: string): Promise<void> {
  const browser = io.env['BROWSER']?.trim();
  try {
    const { default: open } = await import('open');
    const child = await open(url, browser ? { app: { name: browser } } : {});
    // The opener may fail after it started (no browser installed, no display): say so, keep serving.
    child.once('error', (error) =>
      io.stderr(`preview: could not open a browser (${error.message}); open ${url}\n`),
    );
  } catch (error) {
    io.stderr(`preview: could not open a browser (${(error as Error).message}); open ${url}\n`);
  }
}
