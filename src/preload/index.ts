// The one bridge between the sandboxed renderer and main. It exposes a wrapper per channel of
// the shared contract and nothing else: never ipcRenderer itself, never an IPC event object
// (its `sender` is ipcRenderer), never a channel name chosen by the page.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokeRequest,
  type InvokeResponse,
  type Invokers,
  type Subscribers,
  type Unsubscribe,
  type BridgeApi,
} from '@shared/ipc';

function invoker<C extends InvokeChannel>(channel: C) {
  return (request: InvokeRequest<C>): Promise<InvokeResponse<C>> => ipcRenderer.invoke(channel, request);
}

function subscriber<C extends EventChannel>(channel: C) {
  return (listener: (payload: EventPayload<C>) => void): Unsubscribe => {
    const relay = (_event: IpcRendererEvent, payload: EventPayload<C>): void => listener(payload);
    ipcRenderer.on(channel, relay);
    return () => {
      ipcRenderer.removeListener(channel, relay);
    };
  };
}

const api: BridgeApi<File> = {
  invoke: Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, invoker(channel)])) as Invokers,
  on: Object.fromEntries(EVENT_CHANNELS.map((channel) => [channel, subscriber(channel)])) as Subscribers,
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('klantprofielen', api);
