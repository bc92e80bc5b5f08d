// Generates TypeScript types for every gRPC message from proto/ (never written by hand).
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const protoDir = join(here, '..', '..', '..', 'proto');
const outDir = join(here, '..', 'src', 'generated');
const require = createRequire(import.meta.url);
const generator = join(
  dirname(require.resolve('@grpc/proto-loader/package.json')),
  'build',
  'bin',
  'proto-loader-gen-types.js',
);
const protos = readdirSync(protoDir).filter((f) => f.endsWith('.proto'));
rmSync(outDir, { recursive: true, force: true });
if (protos.length > 0) {
  execFileSync(
    process.execPath,
    [
      generator,
      '--keepCase',
      '--longs=String',
      '--enums=String',
      '--defaults',
      '--oneofs',
      '--grpcLib=@grpc/grpc-js',
      '--includeDirs',
      protoDir,
      '--outDir',
      outDir,
      '--importFileExtension=.js',
      ...protos,
    ],
    { stdio: 'inherit' },
  );
}
