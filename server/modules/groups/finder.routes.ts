import { groupSearchDto, groupSearchQuery, unknownPlaceProblem } from '../../../shared/contracts/groups-finder.js';
import { problemFor, sendProblem } from '../../platform/errors.js';
import { actorOf, type ModulePlugin } from '../../platform/http.js';
import { type FinderService, UnknownPlaceProblem } from './finder.service.js';

const tags = ['groups'];

export function finderRoutes(service: FinderService): ModulePlugin {
  return async (app) => {
    app.get('/api/groups/search', {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Find public groups by topic, language, format, day and time, and distance from a place typed by the member',
        description: 'Places resolve offline from GeoNames data (cities of 1,000 people or more) and US ZIP codes; the member’s location is never asked for or stored. An unknown place answers 400 naming `near`, with up to five close `suggestions`.',
        querystring: groupSearchQuery,
        response: { 200: groupSearchDto, 400: unknownPlaceProblem.partial({ suggestions: true }) },
      },
    }, async (request, reply) => {
      try {
        return await service.search(actorOf(request), request.query);
      } catch (error) {
        if (!(error instanceof UnknownPlaceProblem)) throw error;
        // RFC 9457 allows extension members: the close names travel with the problem.
        const problem = { ...problemFor(error), suggestions: error.suggestions };
        return sendProblem(reply, problem);
      }
    });
  };
}
