package dev.policygraph.security;

import java.util.List;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;

/**
 * Refuses a parsed document over the depth, field-count or alias limits, or one that asks a batched field twice with
 * different arguments, before graphql-java validates it: validating a hostile document (a fragment fan-out) costs far
 * more than measuring it. A refused document is never cached, so it is measured again on every request.
 */
final class DocumentChecks extends SimplePerformantInstrumentation {

    private final DocumentLimits limits;

    DocumentChecks(DocumentLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        Document document = parameters.getDocument();
        List<OperationDefinition> operations = selected(document, parameters.getExecutionInput().getOperationName());
        DocumentLimits.Violation violation = limits.check(document, operations);
        GraphQLError refusal = violation != null ? Refusal.limit(violation) : conflict(document, operations);
        if (refusal != null) {
            throw new AbortExecutionException(List.of(refusal));
        }
        return super.beginValidation(parameters, state);
    }

    private static GraphQLError conflict(Document document, List<OperationDefinition> operations) {
        String conflict = BatchedArguments.conflict(document, operations);
        return conflict == null ? null : Refusal.unsupported(conflict);
    }

    /** The operations that may run: the named one, or all when no name is given (then there must be one). */
    static List<OperationDefinition> selected(Document document, String operationName) {
        var operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return operations;
        }
        var named = operations.stream().filter(o -> operationName.equals(o.getName())).toList();
        return named.isEmpty() ? operations : named;
    }
}
