import { z } from 'zod';
import { topicDto, type TopicDto, type TopicInput } from '../../../../shared/contracts/profiles.js';
import { getJson, sendJson } from '../../lib/http.js';

const topicsResponse = z.object({ topics: z.array(topicDto) });
const topicResponse = z.object({ topic: topicDto });

/** The lived-experience topics people can choose, built-in ones and those admins added. */
export async function listTopics(): Promise<TopicDto[]> {
  return (await getJson('/api/topics', topicsResponse)).topics;
}

export async function createTopic(input: TopicInput): Promise<TopicDto> {
  return (await sendJson('POST', '/api/admin/topics', topicResponse, input)).topic;
}
