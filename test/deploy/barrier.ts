// A barrier in front of the simulator: the first `count` requests that match wait until all of
// them have arrived, then go on together. N deploys released by it read the environment at the
// same instant, the race "check, then act" loses, with no timer in the test.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BarrierProxy {
  url: string;
  /** Matching requests held so far (stays at `count` once released). */
  readonly arrived: number;
  close(): Promise<void>;
}

export async function startBarrierProxy(target: string, matches: (method: string, url: string) => boolean, count: number): Promise<BarrierProxy> {
  const held: Array<() => void> = [];
  let released = false;
  const forward = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => {
    const upstream = http.request(`${target}${req.url ?? '/'}`, { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    upstream.end(body);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (released || !matches(req.method ?? 'GET', req.url ?? '/')) return forward(req, res, body);
      held.push(() => forward(req, res, body));
      if (held.length === count) {
        released = true;
        for (const go of held) go();
      }
    });
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get arrived() {
      return held.length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
