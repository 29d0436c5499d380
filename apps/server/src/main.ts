import { loadConfig } from './config';
import { DEMO_PASSWORD } from './demo/demo-region';
import { demoLoginLines } from './demo/load-demo';
import { startServer } from './server';

const startedAt = performance.now();
const config = loadConfig();
const server = await startServer(config);
const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
const where =
  config.database.kind === 'postgres'
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite in ${config.database.kind === 'pglite' ? config.database.dataDir : 'memory'}`;

console.log(`
Springplank draait op ${server.url}   (gestart in ${seconds} s, database: ${where})
  API-documentatie: ${server.url}/api/v1/docs
${server.demoLoaded ? '  Demoregio Midden-IJssel is geladen.\n' : ''}
Demo-accounts (wachtwoord: ${DEMO_PASSWORD}):
${demoLoginLines().join('\n')}
`);

let signals = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    signals += 1;
    if (signals > 1) process.exit(1);
    server.built.app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    server
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  });
}
