import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startSopServer } from './sop-server.js';

// Picks the transport (--node-ipc, --stdio, --socket) from the command line.
startSopServer(createConnection(ProposedFeatures.all));
