-- expect: line 2: the comment opened here with --[[ never ends: close it with ]].
--[[ Niveau en cours d'écriture
return { id = "x" }
