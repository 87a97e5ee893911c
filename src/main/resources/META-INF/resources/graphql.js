// One way the pages call the public GraphQL API: POST /graphql, errors thrown with their messages.
// A write passes the API key, sent as the API expects it: Authorization: Bearer <key>.
window.policygraphQuery = async function (query, variables, apiKey) {
  'use strict';
  const headers = { 'Content-Type': 'application/json' };
  if (apiKey) {
    headers.Authorization = 'Bearer ' + apiKey;
  }
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: variables || {} })
  });
  const json = await response.json();
  if (json.errors && json.errors.length) {
    throw new Error(json.errors.map(e => e.message).join('; '));
  }
  return json.data;
};
