// The CLI's exit codes (see main.ts).
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** 128 + SIGINT, as shells report a command stopped with Ctrl+C. */
export const EXIT_INTERRUPTED = 130;
