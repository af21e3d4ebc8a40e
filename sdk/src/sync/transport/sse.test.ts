import { describe, expect, it } from 'vitest';
import { readSse, type SseEvent } from './sse';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  for await (const event of readSse(streamOf(chunks))) events.push(event);
  return events;
}

describe('readSse', () => {
  it('parses events split anywhere across chunks, with any line ending', async () => {
    const text = ': keep-alive\r\nevent: poke\r\ndata: {"version":3}\r\n\r\nevent: poke\ndata: {"version"\ndata: :4}\nid: 9\n\ndata:plain\r\r';
    const whole = await collect([text]);
    expect(whole).toEqual([
      { event: 'poke', data: '{"version":3}', id: null },
      { event: 'poke', data: '{"version"\n:4}', id: '9' },
      { event: 'message', data: 'plain', id: '9' },
    ]);
    for (let size = 1; size < 8; size++) {
      const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
      expect(await collect(pieces)).toEqual(whole);
    }
  });

  it('drops an event the stream ended in the middle of', async () => {
    expect(await collect(['event: poke\ndata: {"version":1}'])).toEqual([]);
  });
});
