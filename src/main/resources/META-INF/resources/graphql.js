// One way the pages call the public GraphQL API: POST /graphql, errors thrown with their messages.
window.policygraphQuery = async function (query, variables) {
  'use strict';
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables: variables || {} })
  });
  const json = await response.json();
  if (json.errors && json.errors.length) {
    throw new Error(json.errors.map(e => e.message).join('; '));
  }
  return json.data;
};
