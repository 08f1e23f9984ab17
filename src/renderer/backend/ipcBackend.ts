// The desktop Backend: every call goes through the preload bridge to main.
import type { Api } from '../../preload/index';
import type { Backend } from './types';

export function createIpcBackend(bridge: Api): Backend {
  return {
    extract: (file) => bridge.invoke['pdf:extract'](file),
    saveWorkbook: (request) => bridge.invoke['workbook:save'](request),
    appVersion: () => bridge.invoke['app:version'](),
    onMenuCommand: (listener) => bridge.on['menu:command'](listener),
    onPdfsOpened: (listener) => bridge.on['files:opened'](listener),
  };
}
