package io.github.govreport.model;

/** The state of a named major project as the report gives it. */
public enum ProjectStatus {
  /** Completed and in use or in production: 建成投用, 建成投产, 投用. */
  COMPLETED,
  /** Under construction and being pushed forward: 加快推进, 在建. */
  UNDER_CONSTRUCTION,
  /** Construction started in the review year: 开工建设. */
  STARTED,
  /** To be started or completed in the plan year: 确保…开工, 早建成、早投产. */
  PLANNED
}
