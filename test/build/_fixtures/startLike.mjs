// Stands in for scripts/start.mjs: starts a long-running child (the dev server) and watches its parent.
import { spawn } from 'node:child_process';
import { stopWithParent } from '../../../scripts/stopWithParent.mjs';

const server = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
server.on('exit', () => process.exit(0));
stopWithParent(() => [server], { every: 100 });
console.log(String(server.pid));
