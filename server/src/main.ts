import { createServerConnection } from './transport/server-connection.js';
import { startSopServer } from './sop-server.js';

// Picks the transport (--node-ipc, --stdio, --socket) from the command line.
startSopServer(createServerConnection());
