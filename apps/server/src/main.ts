import { loadConfig } from './config';
import { DEMO_PASSWORD } from './demo/demo-region';
import { demoLoginLines } from './demo/load-demo';
import { startServer } from './server';

const startedAt = performance.now();
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const server = await startServer(config).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Springplank kon niet starten: ${message}`);
  process.exit(1);
});
const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
const where =
  config.database.kind === 'postgres'
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite in ${config.database.kind === 'pglite' ? config.database.dataDir : 'memory'}`;

const demo = server.demoAccounts
  ? `\nDemo-accounts (wachtwoord: ${DEMO_PASSWORD}):\n${demoLoginLines().join('\n')}\n`
  : '';
console.log(`
Springplank draait op ${server.url}   (gestart in ${seconds} s, database: ${where})
  API-documentatie: ${server.url}/api/v1/docs
${server.demoLoaded ? '  Demoregio Midden-IJssel is zojuist geladen.\n' : ''}${demo}`);

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
