// The parts of autocannon's API the benchmark and load test use (the package ships no types).
declare module 'autocannon' {
  type Histogram = { p50: number; p90: number; p97_5: number; p99: number; average: number; max: number };
  export type Result = {
    latency: Histogram;
    requests: Histogram & { total: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    '5xx': number;
  };
  export default function autocannon(options: {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: unknown[];
  }): Promise<Result>;
}
