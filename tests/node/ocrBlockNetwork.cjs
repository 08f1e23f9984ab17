// Preload for ocrOffline.test.ts (NODE_OPTIONS=--require): every thread of the process
// (main, extract worker, tesseract.js worker) logs that it loaded this file, and any attempt
// to reach the network (DNS, TCP/TLS, http(s), fetch) is logged and refused.
'use strict';
const fs = require('node:fs');
const { threadId } = require('node:worker_threads');

const logFile = process.env.NETWORK_LOG;
const log = (line) => fs.appendFileSync(logFile, `${line}\n`);
log(`loaded ${threadId}`);

function refuse(what, detail) {
  log(`attempt ${threadId} ${what} ${detail}`);
  return new Error(`network blocked in test: ${what} ${detail}`);
}

const net = require('node:net');
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  // net.connect() passes its normalized [options, callback] array as the first argument.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === 'object' && first !== null ? first : { port: first, host: args[1] };
  // A local pipe (IPC between tools' own processes) is not the network.
  if (options.path !== undefined || (typeof first === 'string' && Number.isNaN(Number(first)))) {
    return originalConnect.apply(this, args);
  }
  throw refuse('connect', `${options.host ?? 'localhost'}:${options.port}`);
};

const dns = require('node:dns');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  dns[name] = (host) => {
    throw refuse(`dns.${name}`, host);
  };
  dns.promises[name] = async (host) => {
    throw refuse(`dns.promises.${name}`, host);
  };
}

for (const moduleName of ['node:http', 'node:https']) {
  const module = require(moduleName);
  for (const name of ['request', 'get']) {
    module[name] = (target) => {
      throw refuse(`${moduleName}.${name}`, String(target?.href ?? target?.host ?? target));
    };
  }
}

globalThis.fetch = async (target) => {
  throw refuse('fetch', String(target?.url ?? target));
};
