/**
 * How `npm start` runs the server: node itself, with tsx only as a loader. The `tsx` binary would put a
 * parent process in between that force-kills the server when it is slow to acknowledge SIGTERM (60 ms),
 * which a busy machine turns into an unclean shutdown.
 */
export const SERVER_COMMAND = { file: process.execPath, args: ['--import', 'tsx', 'server/main.ts'] } as const;
