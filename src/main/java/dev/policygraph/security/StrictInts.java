package dev.policygraph.security;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * {@code Int} means a 32-bit whole number, as the GraphQL spec says. SmallRye's own {@code Int} also takes
 * {@code "5"} and wraps {@code 4294967306} to 10, so an argument could be silently something other than what was
 * sent. Every Int argument of the operation, literal or variable, is checked before it runs.
 */
final class StrictInts extends SimplePerformantInstrumentation {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        OperationDefinition operation = context.getOperationDefinition();
        String problem = variables(operation, context.getExecutionInput().getRawVariables().toMap());
        if (problem == null) {
            GraphQLSchema schema = context.getGraphQLSchema();
            GraphQLFieldsContainer root = switch (operation.getOperation()) {
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
                default -> schema.getQueryType();
            };
            problem = new Walk(schema, context.getFragmentsByName()).selections(operation.getSelectionSet(), root);
        }
        if (problem != null) {
            GraphQLError error = Refusal.invalidArgument(problem);
            throw new AbortExecutionException(List.of(error));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static String variables(OperationDefinition operation, Map<String, Object> values) {
        for (VariableDefinition v : operation.getVariableDefinitions()) {
            if (isInt(v.getType()) && values.get(v.getName()) != null && !inRange(values.get(v.getName()))) {
                return "variable $" + v.getName() + " must be an Int: a whole number from -2147483648 to 2147483647"
                        + describe(values.get(v.getName()));
            }
        }
        return null;
    }

    private static boolean isInt(graphql.language.Type<?> type) {
        graphql.language.Type<?> t = type;
        while (t instanceof graphql.language.NonNullType n || t instanceof graphql.language.ListType) {
            t = t instanceof graphql.language.NonNullType n ? n.getType() : ((graphql.language.ListType) t).getType();
        }
        return t instanceof TypeName name && name.getName().equals("Int");
    }

    private static boolean inRange(Object value) {
        BigInteger n = switch (value) {
            case Integer i -> BigInteger.valueOf(i);
            case Long l -> BigInteger.valueOf(l);
            case Short s -> BigInteger.valueOf(s);
            case BigInteger b -> b;
            case BigDecimal d -> d.stripTrailingZeros().scale() <= 0 ? d.toBigInteger() : null;
            case Double d -> d == Math.rint(d) && !d.isInfinite() ? BigDecimal.valueOf(d).toBigInteger() : null;
            default -> null;
        };
        return n != null && n.compareTo(MIN) >= 0 && n.compareTo(MAX) <= 0;
    }

    private static String describe(Object value) {
        return value instanceof String ? "; got a string" : value instanceof Number n ? "; got " + n : "";
    }

    /** The operation's fields with their schema types, checking each Int argument's literal. */
    private static final class Walk {
        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments;
        private final Set<String> visited = new HashSet<>();

        Walk(GraphQLSchema schema, Map<String, FragmentDefinition> fragments) {
            this.schema = schema;
            this.fragments = fragments;
        }

        String selections(SelectionSet set, GraphQLType parent) {
            if (set == null || !(parent instanceof GraphQLFieldsContainer container)) {
                return null;
            }
            for (Selection<?> s : set.getSelections()) {
                String problem = switch (s) {
                    case Field f -> field(f, container);
                    case InlineFragment i -> selections(i.getSelectionSet(), i.getTypeCondition() == null ? container
                            : schema.getType(i.getTypeCondition().getName()));
                    case FragmentSpread spread -> spread(spread.getName());
                    default -> null;
                };
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }

        private String spread(String name) {
            FragmentDefinition fragment = fragments.get(name);
            if (fragment == null || !visited.add(name)) {
                return null;
            }
            return selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()));
        }

        private String field(Field f, GraphQLFieldsContainer parent) {
            GraphQLFieldDefinition definition = parent.getFieldDefinition(f.getName());
            if (definition == null) {
                return null; // __typename and the like
            }
            for (Argument a : f.getArguments()) {
                GraphQLArgument argument = definition.getArgument(a.getName());
                if (argument != null && GraphQLTypeUtil.unwrapAll(argument.getType()) instanceof GraphQLNamedType t
                        && t.getName().equals("Int") && !literalOk(a.getValue())) {
                    return f.getName() + "(" + a.getName() + ":) must be an Int: a whole number from -2147483648 to"
                            + " 2147483647";
                }
            }
            return selections(f.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()));
        }

        private static boolean literalOk(Value<?> value) {
            return value instanceof VariableReference || value instanceof NullValue
                    || value instanceof IntValue i && i.getValue().compareTo(MIN) >= 0 && i.getValue().compareTo(MAX) <= 0;
        }
    }
}
