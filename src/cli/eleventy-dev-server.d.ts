// The part of @11ty/eleventy-dev-server (which ships no types) that `verbatim dev` uses.
declare module '@11ty/eleventy-dev-server' {
  import type { Server } from 'node:http';

  export interface RequestResult {
    status?: number;
    headers?: Record<string, string>;
    body?: string;
  }

  export interface DevServerOptions {
    port?: number;
    liveReload?: boolean;
    domDiff?: boolean;
    portReassignmentRetryCount?: number;
    messageOnStart?: () => string | false;
    onRequest?: Record<string, (request: { url: URL }) => RequestResult | string | Promise<RequestResult | string>>;
    logger?: { info(message: string): void; log(message: string): void; error(message: string): void };
  }

  export default class EleventyDevServer {
    constructor(name: string, folder: string, options?: DevServerOptions);
    readonly server: Server;
    serve(port: number): void;
    ready(): Promise<void>;
    getServerUrl(host: string, pathname?: string): string;
    reload(event: { files: string[]; subtype?: 'css'; build: { templates: unknown[] } }): void;
    sendError(event: { error: { message: string } }): void;
    close(): Promise<void>;
    /** Adds the live-reload script to an HTML response. */
    augmentContentWithNotifier(content: string, inline: boolean, options?: object): string;
    /** Listens on `port` (and, on EADDRINUSE, retries the next ports). */
    _serverListen(port: number): void;
  }
}
