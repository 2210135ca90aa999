# "Find an approach".

finder-title = Find an approach
finder-q-style = stub
finder-a-style-structured = stub
finder-a-style-open = stub
finder-why-style-structured = stub
finder-why-style-open = stub
finder-approach-cbt = CBT
finder-approach-dbt = DBT
finder-approach-psychodynamic = Psychodynamic therapy
finder-evidence-cbt-adult = stub
finder-evidence-dbt-adult = stub
finder-evidence-psychodynamic-adult = stub
