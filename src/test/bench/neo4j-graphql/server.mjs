// The @neo4j/graphql peer for the query benchmark: type definitions equivalent to policygraph's Meeting,
// Official, Organization, Directive, Task, Initiative and Article, with @relationship directives on the same
// relationship types, served by Apollo Server over the same database.
// Usage: NEO4J_PASSWORD=… node server.mjs <port> <bolt-uri>   (loopback only; user neo4j)
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const port = Number(process.argv[2] ?? 4000);
const bolt = process.argv[3] ?? "bolt://127.0.0.1:7687";

const typeDefs = /* GraphQL */ `
  type Meeting @node {
    id: ID!
    key: String
    name: String
    simplifiedName: String
    date: Date
    form: String
    placeholder: Boolean
    convenedBy: [Organization!]! @relationship(type: "CONVENED", direction: IN)
    chairs: [Official!]! @relationship(type: "CHAIRED", direction: IN)
    speakers: [Official!]! @relationship(type: "SPOKE_AT", direction: IN)
    attendees: [Official!]! @relationship(type: "ATTENDED", direction: IN)
    implements: [Directive!]! @relationship(type: "IMPLEMENTS", direction: OUT)
    tasks: [Task!]! @relationship(type: "ASSIGNED", direction: OUT)
    relays: [Meeting!]! @relationship(type: "RELAYS", direction: OUT)
    relayedBy: [Meeting!]! @relationship(type: "RELAYS", direction: IN)
    articles: [Article!]! @relationship(type: "REPORTS", direction: IN)
  }

  type Held @relationshipProperties {
    title: String
    asOf: String
  }

  type Official @node {
    id: ID!
    name: String
    simplifiedName: String
    attended: [Meeting!]! @relationship(type: "ATTENDED", direction: OUT)
    chaired: [Meeting!]! @relationship(type: "CHAIRED", direction: OUT)
    spokeAt: [Meeting!]! @relationship(type: "SPOKE_AT", direction: OUT)
    held: [Organization!]! @relationship(type: "HELD", direction: OUT, properties: "Held")
    tasksSet: [Task!]! @relationship(type: "SET", direction: OUT)
  }

  type Organization @node {
    id: ID!
    name: String
    level: String
    convened: [Meeting!]! @relationship(type: "CONVENED", direction: OUT)
  }

  type Directive @node {
    id: ID!
    text: String
    implementedBy: [Meeting!]! @relationship(type: "IMPLEMENTS", direction: IN)
  }

  type Task @node {
    id: ID!
    kind: String
    n: Int
    focus: String
    goal: String
    text: String
    setBy: [Official!]! @relationship(type: "SET", direction: IN)
    initiatives: [Initiative!]! @relationship(type: "ADVANCES", direction: OUT)
    actions: [Task!]! @relationship(type: "HAS_ACTION", direction: OUT)
  }

  type Initiative @node {
    id: ID!
    name: String
  }

  type Article @node {
    id: ID!
    publishedAt: DateTime
  }
`;

const driver = neo4j.driver(bolt, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD ?? ""), { maxConnectionPoolSize: 16 });
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();
const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
console.log(`@neo4j/graphql peer ready at ${url}`);
