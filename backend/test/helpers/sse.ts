/** Reads `event: poke` data from an SSE response body, one event at a time, with a timeout. */
export function sseEvents(body: ReadableStream<Uint8Array>, timeoutMs = 5000) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    /** The raw text read so far and not yet consumed. */
    get pending() {
      return buffer;
    },
    /** Waits for text matching `pattern` and consumes up to the end of the match. */
    async until(pattern: RegExp): Promise<RegExpMatchArray> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index! + match[0].length);
          return match;
        }
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms; got ${JSON.stringify(buffer)}`)), Math.max(0, deadline - Date.now()));
        });
        const chunk = await Promise.race([reader.read(), timeout]).finally(() => clearTimeout(timer));
        if (chunk.done) throw new Error(`stream ended before ${pattern}`);
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    /** The data of the next poke. */
    async next(): Promise<string> {
      return (await this.until(/event: poke\ndata: (.*)\n\n/))[1]!;
    },
    cancel: () => reader.cancel(),
  };
}
