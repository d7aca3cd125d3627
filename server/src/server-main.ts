// Entry point of dist/server.js: a language server over stdio, IPC or a socket.
import { startServer } from './server';

startServer();
