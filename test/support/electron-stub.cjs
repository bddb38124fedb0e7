// A stand-in for the `electron` module so the built main bundle can be loaded under plain Node.
// It records what the bundle asks of Electron; test/support/probe-main.cjs reads the record.
const Module = require('node:module');
const { EventEmitter } = require('node:events');

const record = {
  privilegedSchemes: [],
  protocolHandlers: {},
  ipcHandlers: {},
  windows: [],
  errors: [],
  quit: false,
};

class WebContents extends EventEmitter {
  constructor() {
    super();
    this.windowOpenHandler = null;
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn;
  }
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.loadedUrl = null;
    record.windows.push(this);
  }
  loadURL(url) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {}
  focus() {}
  isMinimized() {
    return false;
  }
  restore() {}
  static getAllWindows() {
    return record.windows;
  }
}

const app = new EventEmitter();
Object.assign(app, {
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPath: () => process.env.SVERKA_STUB_USERDATA,
  getVersion: () => '0.0.0-stub',
  quit: () => {
    record.quit = true;
  },
  exit: (code) => {
    record.quit = true;
    record.exitCode = code;
  },
});

const electron = {
  app,
  BrowserWindow,
  ipcMain: {
    handle(channel, fn) {
      record.ipcHandlers[channel] = fn;
    },
  },
  protocol: {
    registerSchemesAsPrivileged(list) {
      record.privilegedSchemes.push(...list);
    },
    handle(scheme, fn) {
      record.protocolHandlers[scheme] = fn;
    },
  },
  shell: { openExternal: () => Promise.resolve() },
  dialog: {
    showErrorBox(title, message) {
      record.errors.push(`${title}: ${message}`);
    },
  },
};

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'electron') return electron;
  return load.call(this, request, parent, isMain);
};

module.exports = { record, electron };
