// One PDF worker thread (see workers.ts): imports the module a job names and calls its export.
import { parentPort } from 'node:worker_threads';

type Message =
  | { type: 'share'; key: string; value: unknown }
  | { type: 'job'; id: number; module: string; name: string; context?: string; args: unknown[] };

const shared = new Map<string, unknown>();

parentPort!.on('message', async (message: Message) => {
  if (message.type === 'share') {
    shared.set(message.key, message.value);
    return;
  }
  const { id, module, name, context, args } = message;
  try {
    const exports = (await import(module)) as Record<string, (...a: unknown[]) => Promise<Uint8Array>>;
    const render = exports[name];
    if (typeof render !== 'function') throw new Error(`${module} has no export '${name}'`);
    const bytes = await render(...(context === undefined ? args : [shared.get(context), ...args]));
    // A copy owns its memory, so it can be handed over (transferred) rather than copied again.
    const owned = new Uint8Array(bytes);
    parentPort!.postMessage({ id, bytes: owned }, [owned.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
