"""Trainer course builder: printable session plans assembled from the skill modules and pilot cases.

- ``modules``  parses knowledge/skills/*.md and knowledge/cases/*.md into structured sections;
- ``plan``     the plan's dataclasses, JSON round-trip and consistency checks;
- ``builder``  builds a plan (``build_plan``; ``build_plan_for`` for the page);
- ``agenda``   timed agenda templates that sum exactly to the session length;
- ``assemble`` every other part (objectives, case, role-plays, quiz, handout, materials) without an LLM;
- ``prose``    objectives and handout written by a chat model from numbered passages (``prompts``), cited;
- ``editing``  the page's editable tables and text areas back into a plan;
- ``export``   DOCX (python-docx) and Markdown;
- ``store``    saved plans in the ``course_plans`` table.
"""
