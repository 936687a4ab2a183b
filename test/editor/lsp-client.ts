// A small Language Server Protocol client over stdio (JSON-RPC with Content-Length headers, LSP 3.17),
// enough to drive yaml-language-server as VS Code's YAML extension does: open a document, collect
// its diagnostics, ask for completion and hover, answer the server's configuration requests.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Diagnostic { range: Range; message: string; severity?: number }
export interface CompletionItem { label: string; kind?: number }
export interface Hover { contents: { kind: string; value: string } | string }

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

export class LspClient {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly diagnosticWaiters = new Map<string, Array<(d: Diagnostic[]) => void>>();
  private version = 1;

  constructor(private readonly settings: Record<string, unknown>) {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('yaml-language-server/package.json');
    const bin = join(dirname(pkg), 'bin', 'yaml-language-server');
    this.server = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  async start(rootDir: string): Promise<void> {
    const rootUri = pathToFileURL(rootDir).href;
    await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'archive' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown'] } },
          hover: { contentFormat: ['markdown'] },
          publishDiagnostics: {},
        },
      },
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: this.settings });
  }

  /** Opens (or replaces) a document and resolves with the diagnostics the server publishes for it. */
  open(file: string, text: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).href;
    const published = new Promise<Diagnostic[]>((resolve) => {
      const waiters = this.diagnosticWaiters.get(uri) ?? [];
      waiters.push(resolve);
      this.diagnosticWaiters.set(uri, waiters);
    });
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: this.version++, text } });
    return published;
  }

  close(file: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri: pathToFileURL(file).href } });
  }

  async completion(file: string, position: Position): Promise<CompletionItem[]> {
    const result = (await this.request('textDocument/completion', { textDocument: { uri: pathToFileURL(file).href }, position })) as
      | { items: CompletionItem[] }
      | CompletionItem[]
      | null;
    if (result === null) return [];
    return Array.isArray(result) ? result : result.items;
  }

  async hover(file: string, position: Position): Promise<string> {
    const result = (await this.request('textDocument/hover', { textDocument: { uri: pathToFileURL(file).href }, position })) as Hover | null;
    if (result === null) return '';
    return typeof result.contents === 'string' ? result.contents : result.contents.value;
  }

  async stop(): Promise<void> {
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    this.server.kill();
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: Record<string, unknown>): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(JSON.parse(body) as Message);
    }
  }

  private handle(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server: its settings (one answer per item asked), or anything else answered empty.
      const items = (message.params as { items?: Array<{ section?: string }> } | undefined)?.items ?? [];
      const result = message.method === 'workspace/configuration'
        ? items.map((item) => (item.section === undefined ? this.settings : item.section.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], this.settings) ?? null))
        : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(uri, diagnostics);
      const waiters = this.diagnosticWaiters.get(uri) ?? [];
      this.diagnosticWaiters.delete(uri);
      for (const waiter of waiters) waiter(diagnostics);
      return;
    }
    if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
    }
  }
}
