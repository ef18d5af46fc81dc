-- E-mails handed to the SMTP server: one row per mail, so that a retried notification job (the
-- job executor's retry, a retry from Cockpit, or a second node) never sends the same mail twice.
-- occasion = the engine job that sends it; reference = case number, slip number or bulletin period.
CREATE TABLE sent_notification (
  kind       VARCHAR(32)   NOT NULL,
  reference  VARCHAR(100)  NOT NULL,
  recipient  VARCHAR(254)  NOT NULL,
  occasion   VARCHAR(80)   NOT NULL,
  sent_at    TIMESTAMP     NOT NULL,
  CONSTRAINT pk_sent_notification PRIMARY KEY (kind, reference, recipient, occasion)
);
CREATE INDEX ix_sent_notification_reference ON sent_notification (reference);
