import type { ServerWritableStream } from '@grpc/grpc-js';
import { CancelledError } from './errors.js';

/**
 * Writes one message and, when the stream's buffer is full, waits for it to drain: the producer only makes more
 * when the client has read, so memory stays bounded. Rejects when the call is cancelled.
 */
export async function writeMessage<Response>(
  call: ServerWritableStream<unknown, Response>,
  message: Response,
): Promise<void> {
  if (call.cancelled) throw new CancelledError('call cancelled by the client');
  if (call.write(message)) return;
  await new Promise<void>((resolve, reject) => {
    const onDrain = () => {
      call.off('cancelled', onCancelled);
      resolve();
    };
    const onCancelled = () => {
      call.off('drain', onDrain);
      reject(new CancelledError('call cancelled by the client'));
    };
    call.once('drain', onDrain);
    call.once('cancelled', onCancelled);
  });
}
