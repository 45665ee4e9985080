/** Which ops the reports read. */

/** Profile views and ticket calls never change a figure; leaving them out keeps the load small. */
export const NOT_REPORTED_OP_TYPES: readonly string[] = ['participant.viewed', 'ticket.called', 'ticket.notAnswered'];
