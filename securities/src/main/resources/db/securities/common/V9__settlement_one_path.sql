-- Settlement records its steps as operations on the platform's path: each ledger movement has its
-- row in platform_operations, and an instruction's cancellation is an InstructionCancellation
-- document. Existing data is carried over so that `backoffice check` finds it whole.

-- Which instruction holds a reservation: the check looks every standing reservation up by it.
CREATE INDEX sec_instructions_by_pending ON sec_instructions (pending_tx);

-- The operation records of what settlement moved before: each instruction's first reservation,
-- the reservation it holds now, each settlement and each reversal.
INSERT INTO platform_operations (tx_id, operation_id, type, branch, actor, at_micros)
SELECT i.trade_id, i.trade_id, 'SettlementInstruction', i.branch, i.created_by, i.created_at
FROM sec_instructions i
WHERE NOT EXISTS (SELECT 1 FROM platform_operations o WHERE o.tx_id = i.trade_id);

INSERT INTO platform_operations (tx_id, operation_id, type, branch, actor, at_micros)
SELECT i.pending_tx, i.pending_tx, 'PartialSettlement', i.branch, i.created_by, i.created_at
FROM sec_instructions i
WHERE i.pending_tx IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM platform_operations o WHERE o.tx_id = i.pending_tx);

INSERT INTO platform_operations (tx_id, operation_id, type, branch, actor, at_micros)
SELECT s.tx_id, s.tx_id, 'SettlementConfirmation', i.branch, i.created_by, i.created_at
FROM sec_instruction_settlements s
JOIN sec_instructions i ON i.id = s.instruction_id
WHERE NOT EXISTS (SELECT 1 FROM platform_operations o WHERE o.tx_id = s.tx_id);

INSERT INTO platform_operations (tx_id, operation_id, type, branch, actor, at_micros)
SELECT s.reversed_by, s.reversed_by, 'SettlementReversal', i.branch, i.created_by, i.created_at
FROM sec_instruction_settlements s
JOIN sec_instructions i ON i.id = s.instruction_id
WHERE s.reversed_by IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM platform_operations o WHERE o.tx_id = s.reversed_by);

-- A cancellation asked and not yet approved becomes a submitted InstructionCancellation document,
-- made by whoever asked, for a controller to approve as any other.
INSERT INTO document_numbers (type, branch, year, last_value)
SELECT DISTINCT 'InstructionCancellation', i.branch, 0, 0
FROM sec_instructions i
WHERE i.cancel_requested_by IS NOT NULL
  AND i.pending_tx IS NOT NULL
  AND i.status IN ('INSTRUCTED', 'MATCHED', 'UNMATCHED', 'PENDING', 'FAILING')
  AND NOT EXISTS (SELECT 1 FROM document_numbers n WHERE n.type = 'InstructionCancellation' AND n.branch = i.branch);

INSERT INTO documents (id, type, number, branch, doc_date, status, maker, approver, version, asset, amount, body,
                       comment, reversal_id, created_at, updated_at)
SELECT i.id + 1,
       'InstructionCancellation',
       'IC-' || i.branch || '-' || i.reference,
       i.branch,
       CAST(CURRENT_DATE AS VARCHAR(10)),
       'SUBMITTED',
       i.cancel_requested_by,
       NULL,
       1,
       i.currency,
       0,
       '{"instructionId":' || i.id || ',"reference":"' || i.reference || '","currency":"' || i.currency
           || '","pendingTransaction":' || i.pending_tx || ',"reason":"'
           || REPLACE(REPLACE(REPLACE(REPLACE(i.cancel_reason, '\', '\\'), '"', '\"'), '
', '\n'), '	', '\t') || '"}',
       NULL,
       NULL,
       i.created_at,
       i.created_at
FROM sec_instructions i
WHERE i.cancel_requested_by IS NOT NULL
  AND i.pending_tx IS NOT NULL
  AND i.status IN ('INSTRUCTED', 'MATCHED', 'UNMATCHED', 'PENDING', 'FAILING');

UPDATE sec_instructions SET cancel_reason = NULL, cancel_requested_by = NULL
WHERE cancel_requested_by IS NOT NULL
  AND pending_tx IS NOT NULL
  AND status IN ('INSTRUCTED', 'MATCHED', 'UNMATCHED', 'PENDING', 'FAILING');
