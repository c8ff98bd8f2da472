// Worker-pool entry: parses one file in a worker thread (placeholder until the pool lands).
export default function parseInWorker(): null {
  return null;
}
