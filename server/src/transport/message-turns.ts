import { Disposable, RAL } from 'vscode-jsonrpc';

/** How long one turn may run the connection's queued steps before I/O gets its turn again. */
const TURN_BUDGET_MS = 5;

type Step = () => void;

/**
 * Lets the JSON-RPC connection dispatch every queued message in one turn of the event loop
 * instead of one per turn. vscode-jsonrpc dispatches its message queue, and runs its writer's
 * queue, one step per `setImmediate`; every turn of the loop also carries a slice of the document
 * build (10 ms or more), so under a flood of edits messages arrived faster than turns came and the
 * queue grew: a request that needs no work waited seconds (the long editing test's heartbeat:
 * 2–3 s in the queue, the longest single turn ~300 ms). Dispatching a message only starts its
 * handler, so running the steps back to back is cheap; a budget still hands the loop back to I/O.
 * Disposing puts the library's own timers back.
 */
export function dispatchQueuedMessagesTogether(): Disposable {
    const base = RAL();
    let steps: Step[] = [];
    let scheduled = false;
    const runTurn = () => {
        scheduled = false;
        const started = performance.now();
        while (steps.length > 0 && performance.now() - started < TURN_BUDGET_MS) {
            const turn = steps;
            steps = [];
            // A step scheduled by a step runs in this turn too, within the budget.
            for (let i = 0; i < turn.length; i++) {
                try {
                    turn[i]();
                } catch (error) {
                    steps = turn.slice(i + 1).concat(steps);
                    schedule();
                    throw error;
                }
            }
        }
        if (steps.length > 0) schedule();
    };
    const schedule = () => {
        if (scheduled) return;
        scheduled = true;
        setImmediate(runTurn);
    };
    RAL.install({
        ...base,
        timer: {
            ...base.timer,
            setImmediate(callback: (...args: unknown[]) => void, ...args: unknown[]) {
                let disposed = false;
                steps.push(() => { if (!disposed) callback(...args); });
                schedule();
                return { dispose: () => { disposed = true; } };
            },
        },
    });
    return Disposable.create(() => RAL.install(base));
}
