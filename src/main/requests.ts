// Main's check of what the renderer sends: each channel's request against its schema
// (shared/ipcRequests.ts) before any handler sees it. A refusal is a Dutch "Ongeldig verzoek".
import * as v from 'valibot';
import { REQUEST_SCHEMAS } from '@shared/ipcRequests';
import type { InvokeChannel, InvokeRequest } from '@shared/ipc';

export class InvalidRequestError extends Error {
  constructor(message: string) {
    super(`Ongeldig verzoek: ${message}`);
    this.name = 'InvalidRequestError';
  }
}

/** The request as its channel's schema reads it, or an InvalidRequestError naming the first problem. */
export function parseRequest<C extends InvokeChannel>(channel: C, raw: unknown): InvokeRequest<C> {
  const schema: v.GenericSchema<unknown, InvokeRequest<C>> = REQUEST_SCHEMAS[channel];
  const parsed = v.safeParse(schema, raw);
  if (!parsed.success) throw new InvalidRequestError(parsed.issues[0]?.message ?? 'onbekende vorm');
  return parsed.output;
}
