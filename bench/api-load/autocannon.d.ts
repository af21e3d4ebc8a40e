/** The part of autocannon's API the load bench uses (the package ships no types). */
declare module 'autocannon' {
  export interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Request, context: Record<string, any>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, any>) => void;
  }
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    max: number;
  }
  export interface Result {
    requests: Histogram & { total: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
  }
  function autocannon(options: { url: string; connections?: number; duration?: number; requests?: Request[]; headers?: Record<string, string> }): Promise<Result>;
  export default autocannon;
}
