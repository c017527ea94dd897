export { createJobQueue, defaultBackoffSeconds, JOB_STATUS, type JobContext, type JobHandler, type JobQueue, type JobQueueOptions, type JobRunner, type JobSpec } from './job-queue.js';
export { redactError } from './redact.js';
