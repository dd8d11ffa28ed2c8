/**
 * A proxy in front of the local Secrets Manager whose ListSecrets entries carry names and ARNs
 * only, as some emulators answer: for testing code that falls back to DescribeSecret. Every
 * other request and answer passes through unchanged.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running proxy: its URL, and how to stop it. */
export interface SparseListProxy {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the proxy on a free loopback port, forwarding to `target` (the server's url). */
export async function startSparseListProxy(target: string): Promise<SparseListProxy> {
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const forward = httpRequest(
        new URL(incoming.url ?? '/', target),
        { method: incoming.method, headers: incoming.headers },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => parts.push(chunk));
          answer.on('end', () => {
            let text = Buffer.concat(parts).toString('utf8');
            const list = String(incoming.headers['x-amz-target']).endsWith('.ListSecrets');
            if (list && answer.statusCode === 200) {
              const page = JSON.parse(text) as { SecretList?: Record<string, unknown>[] };
              page.SecretList = page.SecretList?.map((entry) => ({
                ARN: entry.ARN,
                Name: entry.Name,
              }));
              text = JSON.stringify(page);
            }
            // The body may have shrunk: send its new length instead of the original framing.
            const headers = {
              ...answer.headers,
              'content-length': String(Buffer.byteLength(text)),
            };
            delete headers['transfer-encoding'];
            outgoing.writeHead(answer.statusCode ?? 500, headers);
            outgoing.end(text);
          });
        },
      );
      forward.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
