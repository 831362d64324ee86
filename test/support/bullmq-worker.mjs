// A shard worker process for the distributed test: node bullmq-worker.mjs PORT QUEUE
import { startShardWorker } from '../../dist/bullmq.js'

const [port, queue] = process.argv.slice(2)
const worker = startShardWorker({ connection: { host: '127.0.0.1', port: Number(port) }, queue })
const stop = async () => {
  await worker.close()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
