import { runCli } from './sop-cli.js';

// The only place that ends the process: helpers return exit codes instead.
runCli(process.argv.slice(2), {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text),
    env: process.env,
    bytes: data => process.stdout.write(data),
    interactive: process.stderr.isTTY === true,
}).then(code => {
    process.exitCode = code;
});
